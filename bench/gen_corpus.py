#!/usr/bin/env python3
"""Generate a synthetic corpus of pattern pages for `make bench`.

    bench/gen_corpus.py N DIR [--hugo SITE] [--concat FILE] [--seed S] [--link-ext .md|.html]

Writes N pattern pages (~5 KB of Markdown each) as DIR/<challenge>/<id>.md with
the front matter rtux requires (id, title, challenge, summary, order, related).
Optionally also writes the same pages as a Hugo site in SITE (content only plus
the layouts and config copied from bench/hugo/), and the Markdown of all pages,
front matter stripped, concatenated into FILE (the input of the cmark-gfm floor).

Deterministic: the same N and seed give byte-identical files.
"""

import argparse
import os
import random
import shutil
import sys

CHALLENGES = ["latency", "presence", "conflicts", "disconnection", "loading", "feedback"]

NOUNS = [
    "socket", "channel", "assign", "stream", "toast", "banner", "cursor", "lock",
    "presence", "topic", "payload", "reply", "hook", "form", "button", "list",
    "comment", "message", "counter", "draft", "version", "timer", "buffer", "queue",
    "indicator", "spinner", "skeleton", "placeholder", "row", "card", "avatar", "badge",
]
ADJECTIVES = [
    "optimistic", "pending", "stale", "live", "shared", "offline", "delayed", "debounced",
    "throttled", "confirmed", "rejected", "versioned", "idle", "busy", "recovered", "local",
]
VERBS = [
    "acknowledges", "patches", "broadcasts", "reverts", "confirms", "restores", "buffers",
    "retries", "announces", "morphs", "tracks", "releases", "schedules", "cancels",
    "renders", "debounces", "merges", "replaces",
]
FILLER = [
    "the server", "the client", "every tab", "the user", "the LiveView process",
    "the browser", "a peer", "the mock transport", "the next patch", "the database",
    "the socket", "each reconnect", "the hook", "the form",
]


def words(rng, n):
    out = []
    for _ in range(n):
        pick = rng.random()
        if pick < 0.35:
            out.append(rng.choice(NOUNS))
        elif pick < 0.55:
            out.append(rng.choice(ADJECTIVES))
        elif pick < 0.7:
            out.append(rng.choice(VERBS))
        else:
            out.append(rng.choice(FILLER))
    return " ".join(out)


def sentence(rng, links):
    text = words(rng, rng.randint(8, 14))
    text = text[0].upper() + text[1:]
    roll = rng.random()
    if roll < 0.2:
        text += f" with `{rng.choice(NOUNS)}_{rng.choice(NOUNS)}`"
    elif roll < 0.3 and links:
        title, href = rng.choice(links)
        text += f" (see [{title}]({href}))"
    elif roll < 0.4:
        text += f" and **{rng.choice(ADJECTIVES)}** {rng.choice(NOUNS)}s"
    elif roll < 0.45:
        text += f" but ~~{rng.choice(ADJECTIVES)}~~ {rng.choice(ADJECTIVES)}"
    return text + "."


def paragraph(rng, links, n=None):
    return " ".join(sentence(rng, links) for _ in range(n or rng.randint(2, 4)))


ELIXIR = """```elixir
def handle_event("{ev}", %{{"id" => id}}, socket) do
  {noun} = Repo.get!({mod}, id)

  case {mod}.{verb}({noun}, socket.assigns.current_user) do
    {{:ok, {noun}}} ->
      Phoenix.PubSub.broadcast(MyApp.PubSub, "{noun}s", {{:{ev}, {noun}}})
      {{:noreply, stream_insert(socket, :{noun}s, {noun})}}

    {{:error, _reason}} ->
      {{:noreply, put_flash(socket, :error, "Could not {ev} the {noun}")}}
  end
end
```"""

HEEX = """```heex
<div id="{noun}s" phx-update="stream" class="space-y-2">
  <div :for={{{{dom_id, {noun}}} <- @streams.{noun}s}} id={{dom_id}} class="{adj}">
    <span>{{{noun}.title}}</span>
    <button phx-click="{ev}" phx-value-id={{{noun}.id}} phx-disable-with="Working...">
      {label}
    </button>
  </div>
</div>
```"""

JAVASCRIPT = """```javascript
export const {hook} = {{
  mounted() {{
    this.timer = null;
    this.el.addEventListener("click", () => {{
      this.el.classList.add("{adj}");
      this.timer = setTimeout(() => this.pushEvent("{ev}", {{ id: this.el.dataset.id }}), {ms});
    }});
  }},
  destroyed() {{
    clearTimeout(this.timer);
  }},
}};
```"""


def code_blocks(rng):
    noun = rng.choice(NOUNS)
    fields = dict(
        ev=f"{rng.choice(['save', 'delete', 'toggle', 'send', 'claim', 'retry'])}_{noun}",
        noun=noun,
        mod=noun.capitalize(),
        verb=rng.choice(["update", "confirm", "release", "archive"]),
        adj=rng.choice(ADJECTIVES),
        label=rng.choice(["Save", "Delete", "Undo", "Retry", "Send"]),
        hook=f"{noun.capitalize()}{rng.choice(['Buffer', 'Timer', 'Watcher'])}",
        ms=rng.choice([50, 100, 250, 500, 2000, 5000]),
    )
    blocks = [ELIXIR.format(**fields), HEEX.format(**fields)]
    if rng.random() < 0.6:
        blocks.append(JAVASCRIPT.format(**fields))
    return blocks


def table(rng):
    head = "| case | latency budget | strategy | fallback |\n|---|---:|---|---|"
    rows = []
    for _ in range(rng.randint(4, 6)):
        rows.append(
            f"| {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} | {rng.choice([50, 100, 200, 300, 500])} ms "
            f"| `{rng.choice(NOUNS)}` {rng.choice(VERBS)} | {words(rng, 3)} |"
        )
    return head + "\n" + "\n".join(rows)


def page_body(rng, page, links, related):
    b = code_blocks(rng)
    parts = [
        paragraph(rng, links),
        "## The problem",
        paragraph(rng, links),
        paragraph(rng, links),
        "### Why it matters",
        "\n".join(f"- {sentence(rng, links)}" for _ in range(rng.randint(3, 5))),
        "## When to use it",
        paragraph(rng, links, 2),
        "\n".join(f"{k}. {sentence(rng, links)}" for k in range(1, rng.randint(4, 6))),
        table(rng),
        "## How it works in LiveView",
        paragraph(rng, links),
        "### Server side",
        b[0],
        paragraph(rng, links, 2),
        "### Template",
        b[1],
    ]
    if len(b) > 2:
        parts += ["### Client hook", paragraph(rng, links, 2), b[2]]
    parts += [
        "## Pitfalls",
        "\n".join(f"- [ ] {sentence(rng, links)}" if k == 0 else f"- {sentence(rng, links)}"
                  for k in range(rng.randint(3, 5))),
        paragraph(rng, links, 2),
        "## Related patterns",
        "\n".join(f"- [{t}]({h})" for t, h in related),
    ]
    return "\n\n".join(parts) + "\n"


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of pattern pages (>= 3)")
    ap.add_argument("dir", help="rtux content folder to write (DIR/<challenge>/<id>.md)")
    ap.add_argument("--hugo", metavar="SITE", help="also write the pages as a Hugo site here")
    ap.add_argument("--concat", metavar="FILE", help="also write all Markdown bodies concatenated here")
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--link-ext", default=".html", choices=[".md", ".html"],
                    help="extension of the links between generated pages (default .html: rtux links pages by their output path)")
    args = ap.parse_args()
    n = args.n
    if n < 3:
        ap.error("N must be at least 3")

    width = max(4, len(str(n)))
    pages = []
    for i in range(n):
        rng = random.Random(args.seed * 1_000_003 + i)
        num = i + 1
        pages.append(dict(
            num=num,
            id=f"bench-page-{num:0{width}d}",
            challenge=CHALLENGES[i % len(CHALLENGES)],
            title=f"Bench pattern {num}: {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
            summary=f"How a {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(VERBS)} "
                    f"{rng.choice(FILLER)} without losing the user's work.",
        ))

    def href(frm, to, ext):
        if frm["challenge"] == to["challenge"]:
            return f"{to['id']}{ext}"
        return f"../{to['challenge']}/{to['id']}{ext}"

    for d in [args.dir] + ([os.path.join(args.hugo, "content")] if args.hugo else []):
        if os.path.exists(d):
            shutil.rmtree(d)
    if args.concat:
        os.makedirs(os.path.dirname(os.path.abspath(args.concat)), exist_ok=True)
    concat = open(args.concat, "w", encoding="utf-8") if args.concat else None

    for i, p in enumerate(pages):
        rng = random.Random(args.seed * 7_919 + i)
        rel = [pages[(i + 1) % n]]
        while True:
            other = pages[rng.randrange(n)]
            if other["id"] != p["id"] and other["id"] != rel[0]["id"]:
                rel.append(other)
                break
        link_targets = [pages[rng.randrange(n)] for _ in range(4)]
        links = [(t["title"], href(p, t, args.link_ext)) for t in link_targets if t is not p]
        related_links = [(r["title"], href(p, r, args.link_ext)) for r in rel]
        body = page_body(rng, p, links, related_links)

        fm = [
            "---",
            f"id: {p['id']}",
            f"title: {yaml_str(p['title'])}",
            f"challenge: {p['challenge']}",
            f"summary: {yaml_str(p['summary'])}",
            f"order: {p['num']}",
            "related:",
            *[f"  - {r['id']}" for r in rel],
            "---",
            "",
        ]
        path = os.path.join(args.dir, p["challenge"], f"{p['id']}.md")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(fm) + body)

        if args.hugo:
            hfm = [
                "---",
                f"title: {yaml_str(p['title'])}",
                f"summary: {yaml_str(p['summary'])}",
                f"weight: {p['num']}",
                f"challenge: {p['challenge']}",
                "related:",
                *[f"  - /{r['challenge']}/{r['id']}" for r in rel],
                "---",
                "",
            ]
            hpath = os.path.join(args.hugo, "content", p["challenge"], f"{p['id']}.md")
            os.makedirs(os.path.dirname(hpath), exist_ok=True)
            with open(hpath, "w", encoding="utf-8") as f:
                f.write("\n".join(hfm) + body)

        if concat:
            concat.write(body)
            concat.write("\n")

    if concat:
        concat.close()

    if args.hugo:
        here = os.path.dirname(os.path.abspath(__file__))
        src = os.path.join(here, "hugo")
        for ch in CHALLENGES:
            with open(os.path.join(args.hugo, "content", ch, "_index.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {yaml_str(ch.capitalize())}\n---\n")
        with open(os.path.join(args.hugo, "content", "_index.md"), "w", encoding="utf-8") as f:
            f.write('---\ntitle: "Bench gallery"\n---\n')
        shutil.copyfile(os.path.join(src, "hugo.toml"), os.path.join(args.hugo, "hugo.toml"))
        if os.path.exists(os.path.join(args.hugo, "layouts")):
            shutil.rmtree(os.path.join(args.hugo, "layouts"))
        shutil.copytree(os.path.join(src, "layouts"), os.path.join(args.hugo, "layouts"))

    return 0


if __name__ == "__main__":
    sys.exit(main())
