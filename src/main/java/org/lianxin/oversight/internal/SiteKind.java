package org.lianxin.oversight.internal;

/** The kind of place visited; labelled {@code oversight.site.*}. */
public enum SiteKind {

	HARBOUR, BUILDING_SITE, HOSPITAL, SUPERMARKET, STREET, FIRM, SCHOOL, CANTEEN, OTHER

}
