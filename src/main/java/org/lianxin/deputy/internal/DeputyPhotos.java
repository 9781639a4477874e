package org.lianxin.deputy.internal;

import org.lianxin.deputy.DeputyDetail;
import org.lianxin.deputy.DeputyRegistry;

import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.files.Images;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Deputies' photos, kept in the file store. */
@Service
public class DeputyPhotos {

	private final JdbcClient jdbc;

	private final DeputyRegistry deputies;

	private final FileStore files;

	private final OperationLog log;

	private final TransactionTemplate transactions;

	DeputyPhotos(JdbcClient jdbc, DeputyRegistry deputies, FileStore files, OperationLog log,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.deputies = deputies;
		this.files = files;
		this.log = log;
		this.transactions = transactions;
	}

	/**
	 * Sets the deputy's photo: checked to be a real JPEG or PNG, re-encoded without
	 * metadata, and the previous photo removed.
	 */
	public void setPhoto(CurrentUser user, long id, byte[] upload) {
		DeputyDetail deputy = this.deputies.get(user, id);
		// cleaned before the transaction: decoding a phone photo takes seconds
		byte[] clean;
		try {
			clean = Images.cleanPhoto(upload);
		}
		catch (Images.RejectedImage ex) {
			throw new RuleViolationException("photo", ex.messageKey(), ex.arguments());
		}
		this.transactions.executeWithoutResult(status -> replacePhoto(id, deputy.name(), clean));
	}

	private void replacePhoto(long id, String name, byte[] clean) {
		String old = this.jdbc.sql("select photo_key from deputy where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
		String key = this.files.put(clean, "jpg");
		this.jdbc.sql("update deputy set photo_key = ?, version = version + 1 where id = ?").params(key, id).update();
		if (old != null) {
			this.files.delete(old);
		}
		this.log.record("deputy.photo", "deputy " + id, name);
	}

	/** The deputy's photo as a JPEG, whoever asks: it is shown on the public card. */
	public Optional<byte[]> photo(long id) {
		return this.jdbc.sql("select photo_key from deputy where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.flatMap(this.files::get);
	}

}
