package org.lianxin.oversight.internal;

/** How a reviewer checked a rectification; labelled {@code oversight.review.*}. */
public enum ReviewMethod {

	/** 实地查看. */
	ON_SITE,

	/** 查阅材料. */
	ON_FILE

}
