package org.lianxin.boundaries.surface.post;

/** Public but used only inside its own module: the check names it. */
public record Postmark(String text) {
}
