package org.lianxin.boundaries.surface.post;

/** Used by the office module: its API. */
public class Parcels {

	/** Used by the office module through its outer type. */
	public record Parcel(long id) {
	}

	public Parcel find(long id) {
		return new Parcel(id);
	}

}
