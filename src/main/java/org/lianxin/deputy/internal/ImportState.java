package org.lianxin.deputy.internal;

/** Where a deputies import saving in the background has got to. */
public enum ImportState {

	RUNNING, FINISHED, FAILED

}
