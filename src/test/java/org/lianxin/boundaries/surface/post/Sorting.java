package org.lianxin.boundaries.surface.post;

/** Public and used by no one: the check names it. */
public class Sorting {

	Postmark stamp() {
		return new Postmark("营口");
	}

}
