package org.lianxin.deputy;

import java.util.List;

/**
 * Places a deputy's public card points to that other modules know about (the liaison
 * venues where the deputy is stationed). Modules contribute beans; the deputy module
 * needs to know none of them.
 */
public interface PublicCardLinks {

	/** A labelled link on the card, e.g. a liaison station's public page. */
	record Link(String label, String href) {
	}

	List<Link> linksFor(long deputyId);

}
