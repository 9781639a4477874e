package org.lianxin.opinion.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The public opinion form as a citizen fills it in on a phone. Checks live in
 * {@code OpinionIntake}, so the form, Open311 and the API refuse the same things.
 */
public class CitizenForm {

	/** A deputy's or venue's public code, when the citizen came by scanning one. */
	private String d;

	private String v;

	private String categoryCode;

	private String regionCode;

	private String description;

	private String place;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String citizenName;

	private String phone;

	private boolean publishConsent;

	private List<MultipartFile> photos = new ArrayList<>();

	/** One per form shown: sending the same form twice creates one case. */
	private String formToken;

	public String getD() {
		return this.d;
	}

	public void setD(String d) {
		this.d = d;
	}

	public String getV() {
		return this.v;
	}

	public void setV(String v) {
		this.v = v;
	}

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

	public boolean isPublishConsent() {
		return this.publishConsent;
	}

	public void setPublishConsent(boolean publishConsent) {
		this.publishConsent = publishConsent;
	}

	public List<MultipartFile> getPhotos() {
		return this.photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
