package office;

/** Reads from parcel, but only in a comment: not a violation. */
class LetterQueries {

	// select * from parcel: a comment again
	static final String OWN = "select * from letter";

	static final String THROUGH_VIEW = "select id from parcel_view";

	static final String CROSSING = "select id from parcel";

	static final String CROSSING_IN_A_BLOCK = """
			select l.id from letter l join Parcel p on p.id = l.id""";

}
