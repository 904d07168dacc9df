// local stub (untracked): Site is written in another worktree
