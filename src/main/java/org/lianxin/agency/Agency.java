package org.lianxin.agency;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An agency (承办单位) that handles what citizens and deputies raise: a government
 * department, a subdistrict office or town government, a court, a procuratorate. Belongs
 * to one region.
 */
public record Agency(@Id Long id, String code, String name, AgencyKind kind, String regionCode, String contactPhone,
		boolean enabled, Long createdBy, @Version Integer version) {

	public static Agency create(String code, String name, AgencyKind kind, String regionCode, String contactPhone,
			Long createdBy) {
		return new Agency(null, code, name, kind, regionCode, contactPhone, true, createdBy, null);
	}

	Agency update(String newName, AgencyKind newKind, String newContactPhone, boolean nowEnabled) {
		return new Agency(this.id, this.code, newName, newKind, this.regionCode, newContactPhone, nowEnabled,
				this.createdBy, this.version);
	}

}
