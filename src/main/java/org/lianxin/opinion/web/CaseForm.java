package org.lianxin.opinion.web;

/**
 * What every form that files a case asks: the matter, where it is, who raised it, and a
 * token drawn when the form is shown, so that sending the same form twice files one case.
 */
public abstract class CaseForm {

	private String categoryCode;

	private String regionCode;

	private String description;

	private String place;

	private String citizenName;

	private String phone;

	private String formToken;

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getCitizenName() {
		return this.citizenName;
	}

	public void setCitizenName(String citizenName) {
		this.citizenName = citizenName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
