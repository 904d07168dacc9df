import Markup

/// `typing_dots`: three dots bouncing in turn (0, 150, 300 ms), decoration only.
enum TypingDots {
    static let keyframes = """
        /* typing_dots: each dot rises in turn; used with motion-safe:, so the dots stand
           still under prefers-reduced-motion. */
        @theme {
          --animate-typing-dot: typing-dot 1.2s ease-in-out infinite;
          @keyframes typing-dot {
            0%, 60%, 100% { transform: translateY(0); opacity: 0.5; }
            30% { transform: translateY(-0.25rem); opacity: 1; }
          }
        }
        """

    static let delays = ["[animation-delay:0ms]", "[animation-delay:150ms]", "[animation-delay:300ms]"]

    static let template = FunctionComponent(
        name: "typing_dots",
        doc: "Renders three bouncing dots (staggered 0/150/300 ms); decorative, so hidden from assistive technology.",
        attrs: [
            AttrDecl("class", .string, default: nil, doc: "Extra classes, e.g. a text colour for the dots."),
            AttrDecl("rest", .global),
        ]
    ) {
        span(.class("inline-flex items-center gap-1", .assign("class")), .ariaHidden, .rest) {
            for delay in delays {
                span(.class(.literal(.string("size-1.5 rounded-full bg-current motion-safe:animate-typing-dot " + delay))))
            }
        }
    }

    static let definition = ComponentDefinition(
        template,
        stories: [Story("dots", ["class": "text-zinc-500"])],
        keyframes: keyframes
    )
}
