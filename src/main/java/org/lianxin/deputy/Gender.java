package org.lianxin.deputy;

public enum Gender {

	MALE, FEMALE

}
