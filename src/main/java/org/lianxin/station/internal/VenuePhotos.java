package org.lianxin.station.internal;

import org.lianxin.station.VenueView;
import org.lianxin.station.VenueRegistry;

import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.files.Images;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Venues' photos, kept in the file store. */
@Service
public class VenuePhotos {

	private final JdbcClient jdbc;

	private final VenueRegistry venues;

	private final FileStore files;

	private final OperationLog log;

	private final TransactionTemplate transactions;

	VenuePhotos(JdbcClient jdbc, VenueRegistry venues, FileStore files, OperationLog log,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.files = files;
		this.log = log;
		this.transactions = transactions;
	}

	/**
	 * Sets the venue's photo: checked to be a real JPEG or PNG, re-encoded without
	 * metadata.
	 */
	public void setPhoto(CurrentUser user, long id, byte[] upload) {
		VenueView venue = this.venues.get(user, id);
		// cleaned before the transaction: decoding a phone photo takes seconds
		byte[] clean;
		try {
			clean = Images.cleanPhoto(upload);
		}
		catch (Images.RejectedImage ex) {
			throw new RuleViolationException("photo", ex.messageKey(), ex.arguments());
		}
		this.transactions.executeWithoutResult(status -> replacePhoto(id, venue.name(), clean));
	}

	private void replacePhoto(long id, String name, byte[] clean) {
		String old = this.jdbc.sql("select photo_key from venue where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
		this.jdbc.sql("update venue set photo_key = ?, version = version + 1 where id = ?")
			.params(this.files.put(clean, "jpg"), id)
			.update();
		if (old != null) {
			this.files.delete(old);
		}
		this.log.record("station.venue.photo", "venue " + id, name);
	}

	/** The venue's photo as a JPEG, whoever asks: it is shown on the public page. */
	public Optional<byte[]> photo(long id) {
		return this.jdbc.sql("select photo_key from venue where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.flatMap(this.files::get);
	}

}
