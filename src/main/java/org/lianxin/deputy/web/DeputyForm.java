package org.lianxin.deputy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.lianxin.deputy.DeputyDetail;
import org.lianxin.deputy.DeputyProfile;
import org.lianxin.deputy.Gender;
import org.lianxin.deputy.Seat;

import org.springframework.format.annotation.DateTimeFormat;

/** Registering a deputy (profile and first seat) or editing the profile. */
public class DeputyForm {

	@NotBlank
	@Size(max = 32)
	private String name;

	private Gender gender;

	@Size(max = 16)
	private String ethnicity;

	@Min(1900)
	@Max(2100)
	private Integer birthYear;

	@Size(max = 32)
	private String party;

	@Size(max = 64)
	private String occupation;

	@Size(max = 128)
	private String employer;

	@Size(max = 32)
	private String phone;

	@Size(max = 2000)
	private String bio;

	// the first seat, when registering
	private Long congressId;

	@Size(max = 64)
	private String electoralDistrict;

	@Size(max = 64)
	private String groupName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	static DeputyForm of(DeputyDetail deputy) {
		DeputyForm form = new DeputyForm();
		form.name = deputy.name();
		form.gender = deputy.gender();
		form.ethnicity = deputy.ethnicity();
		form.birthYear = deputy.birthYear();
		form.party = deputy.party();
		form.occupation = deputy.occupation();
		form.employer = deputy.employer();
		form.bio = deputy.bio();
		return form;
	}

	DeputyProfile profile() {
		return new DeputyProfile(this.name, this.gender, this.ethnicity, this.birthYear, this.party, this.occupation,
				this.employer, this.phone, this.bio);
	}

	Seat seat() {
		return new Seat(this.congressId, this.electoralDistrict, this.groupName, this.startedOn);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public String getEthnicity() {
		return this.ethnicity;
	}

	public void setEthnicity(String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public String getParty() {
		return this.party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public String getOccupation() {
		return this.occupation;
	}

	public void setOccupation(String occupation) {
		this.occupation = occupation;
	}

	public String getEmployer() {
		return this.employer;
	}

	public void setEmployer(String employer) {
		this.employer = employer;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getBio() {
		return this.bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public Long getCongressId() {
		return this.congressId;
	}

	public void setCongressId(Long congressId) {
		this.congressId = congressId;
	}

	public String getElectoralDistrict() {
		return this.electoralDistrict;
	}

	public void setElectoralDistrict(String electoralDistrict) {
		this.electoralDistrict = electoralDistrict;
	}

	public String getGroupName() {
		return this.groupName;
	}

	public void setGroupName(String groupName) {
		this.groupName = groupName;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

}
