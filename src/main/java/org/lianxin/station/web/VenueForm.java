package org.lianxin.station.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lianxin.station.ReceptionRule;
import org.lianxin.station.VenueInput;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueView;

/** The venue create/edit form. */
public class VenueForm {

	@NotNull
	private VenueKind kind;

	@NotBlank
	@Size(max = 64)
	private String name;

	private Long parentId;

	@NotBlank
	private String regionCode;

	@Size(max = 200)
	private String address;

	@DecimalMin("-90")
	@DecimalMax("90")
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	private BigDecimal longitude;

	@Size(max = 200)
	private String openingHours;

	@Pattern(regexp = "^$|[0-9+\\- ]{5,32}", message = "{agency.phone.format}")
	private String contactPhone;

	private boolean enabled = true;

	/** No rule when empty. */
	private ReceptionRule.Kind receptionKind;

	@Min(1)
	@Max(31)
	private Integer receptionDay;

	@Min(1)
	@Max(7)
	private Integer receptionWeekday;

	private ReceptionRule.Months receptionMonths = ReceptionRule.Months.ALL;

	private ReceptionRule.HolidayRule holidayRule = ReceptionRule.HolidayRule.NEXT_WORKING_DAY;

	static VenueForm of(VenueView venue) {
		VenueForm form = new VenueForm();
		form.kind = venue.kind();
		form.name = venue.name();
		form.parentId = venue.parentId();
		form.regionCode = venue.regionCode();
		form.address = venue.address();
		form.latitude = venue.latitude();
		form.longitude = venue.longitude();
		form.openingHours = venue.openingHours();
		form.contactPhone = venue.contactPhone();
		form.enabled = venue.enabled();
		form.receptionKind = venue.receptionKind();
		form.receptionDay = venue.receptionDay();
		form.receptionWeekday = venue.receptionWeekday();
		form.receptionMonths = venue.receptionMonths();
		form.holidayRule = venue.holidayRule();
		return form;
	}

	VenueInput input() {
		return new VenueInput(this.kind, this.name, this.parentId, this.regionCode, this.address, this.latitude,
				this.longitude, this.openingHours, this.contactPhone, this.enabled, reception());
	}

	private ReceptionRule reception() {
		if (this.receptionKind == null) {
			return null;
		}
		return new ReceptionRule(this.receptionKind, this.receptionDay, this.receptionWeekday, this.receptionMonths,
				this.holidayRule);
	}

	/** The field a chosen rule still lacks its day in, if any. */
	String receptionDayMissing() {
		if (this.receptionKind == ReceptionRule.Kind.MONTHLY && this.receptionDay == null) {
			return "receptionDay";
		}
		if (this.receptionKind == ReceptionRule.Kind.WEEKLY && this.receptionWeekday == null) {
			return "receptionWeekday";
		}
		return null;
	}

	public ReceptionRule.Kind getReceptionKind() {
		return this.receptionKind;
	}

	public void setReceptionKind(ReceptionRule.Kind receptionKind) {
		this.receptionKind = receptionKind;
	}

	public Integer getReceptionDay() {
		return this.receptionDay;
	}

	public void setReceptionDay(Integer receptionDay) {
		this.receptionDay = receptionDay;
	}

	public Integer getReceptionWeekday() {
		return this.receptionWeekday;
	}

	public void setReceptionWeekday(Integer receptionWeekday) {
		this.receptionWeekday = receptionWeekday;
	}

	public ReceptionRule.Months getReceptionMonths() {
		return this.receptionMonths;
	}

	public void setReceptionMonths(ReceptionRule.Months receptionMonths) {
		this.receptionMonths = receptionMonths;
	}

	public ReceptionRule.HolidayRule getHolidayRule() {
		return this.holidayRule;
	}

	public void setHolidayRule(ReceptionRule.HolidayRule holidayRule) {
		this.holidayRule = holidayRule;
	}

	/** Coordinates come as a pair: a map needs both. */
	boolean coordinatesIncomplete() {
		return (this.latitude == null) != (this.longitude == null);
	}

	public VenueKind getKind() {
		return this.kind;
	}

	public void setKind(VenueKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
