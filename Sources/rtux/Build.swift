// local stub (untracked): `rtux build` is written in another worktree
import ArgumentParser
struct Build: ParsableCommand {}
