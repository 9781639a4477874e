package org.lianxin.boundaries.surface.office;

import org.lianxin.boundaries.surface.post.Parcels;

/** Uses the post module's API. */
class Letters {

	long parcelOf(Parcels parcels) {
		Parcels.Parcel parcel = parcels.find(7);
		return parcel.id();
	}

}
