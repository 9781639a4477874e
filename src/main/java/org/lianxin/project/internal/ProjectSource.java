package org.lianxin.project.internal;

import org.lianxin.platform.web.Backlinks;

/**
 * An opinion or a suggestion a candidate was collected from, by the id its module gave it
 * and the number it was named by.
 */
public record ProjectSource(Backlinks.Kind kind, long sourceId, String number) {
}
