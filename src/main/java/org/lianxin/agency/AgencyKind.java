package org.lianxin.agency;

/** What sort of body an agency (承办单位) is. */
public enum AgencyKind {

	GOVERNMENT_DEPARTMENT, SUBDISTRICT_OFFICE, TOWN_GOVERNMENT, COURT, PROCURATORATE, OTHER

}
