package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A site visit (实地察看) of a project by deputies of its supervision group, recorded once as
 * it happened: a correction is another visit.
 */
@Table("project_visit")
public class SiteVisit extends AbstractAggregateRoot<SiteVisit> {

	@Id
	private Long id;

	private long projectId;

	private String regionCode;

	private LocalDate visitedOn;

	private String place;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String findings;

	private long recordedBy;

	@MappedCollection(idColumn = "visit_id")
	private Set<VisitDeputy> deputies = new HashSet<>();

	@MappedCollection(idColumn = "visit_id", keyColumn = "position")
	private List<VisitPhoto> photos = new ArrayList<>();

	@MappedCollection(idColumn = "visit_id", keyColumn = "position")
	private List<VisitQuestion> questions = new ArrayList<>();

	@Version
	private Integer version;

	@PersistenceCreator
	private SiteVisit() {
	}

	/** The visit, checked against the project, with the photos already kept. */
	static SiteVisit record(Project project, NewSiteVisit spec, List<Long> deputyIds, List<String> photoKeys,
			LocalDate today, long by) {
		spec.check(project.startsOn(), today);
		SiteVisit visit = new SiteVisit();
		visit.projectId = project.id();
		visit.regionCode = project.regionCode();
		visit.visitedOn = spec.visitedOn();
		visit.place = spec.place();
		visit.latitude = spec.latitude();
		visit.longitude = spec.longitude();
		visit.findings = spec.findings();
		visit.recordedBy = by;
		visit.deputies = new HashSet<>(deputyIds.stream().map(VisitDeputy::new).toList());
		visit.photos = new ArrayList<>(photoKeys.stream().map(VisitPhoto::new).toList());
		visit.questions = new ArrayList<>(spec.questions());
		visit.registerEvent(new SupervisionStep(project.id(), "VISIT", spec.visitedOn() + " " + spec.place(), by));
		return visit;
	}

	// @formatter:off
	public Long id() { return this.id; }
	public long projectId() { return this.projectId; }
	public LocalDate visitedOn() { return this.visitedOn; }
	public String place() { return this.place; }
	public BigDecimal latitude() { return this.latitude; }
	public BigDecimal longitude() { return this.longitude; }
	public String findings() { return this.findings; }
	public int photoCount() { return this.photos.size(); }
	public List<VisitQuestion> questions() { return List.copyOf(this.questions); }
	List<String> photoKeys() { return this.photos.stream().map(VisitPhoto::photoKey).toList(); }
	public List<Long> deputyIds() { return this.deputies.stream().map(VisitDeputy::deputyId).sorted().toList(); }
	// @formatter:on

}
