package org.lianxin.suggestion.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.files.Documents;
import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.files.UploadLimits;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents a deputy files a suggestion with: checked before anything is written (at
 * most {@link UploadLimits#MAX_FILES}, each within the size limit, each what its name
 * says by its content: a text file renamed .pdf is refused), then kept in the file store.
 */
@Service
public class SuggestionAttachments {

	private static final int MAX_NAME = 200;

	private final FileStore files;

	private final SuggestionWorkflow workflow;

	private final JdbcClient jdbc;

	SuggestionAttachments(FileStore files, SuggestionWorkflow workflow, JdbcClient jdbc) {
		this.files = files;
		this.workflow = workflow;
		this.jdbc = jdbc;
	}

	/** A checked upload, not stored yet. */
	public record Upload(String name, Documents.Kind kind, byte[] bytes) {
	}

	/** A stored attachment as the suggestion's page lists it. */
	public record Attachment(long id, String fileName, int sizeBytes) {
	}

	private record Stored(String fileKey, String fileName, String contentType) {
	}

	/** A stored attachment's content, for its download. */
	public record Content(String fileName, String contentType, byte[] bytes) {
	}

	/**
	 * The uploads, each checked; the empty part of a file input left blank is left out.
	 * @throws RuleViolationException on the {@code attachments} field for the first one
	 * refused
	 */
	public static List<Upload> check(List<MultipartFile> uploads) throws IOException {
		List<Upload> checked = new ArrayList<>();
		for (MultipartFile upload : (uploads != null) ? uploads : List.<MultipartFile>of()) {
			if (upload == null || upload.isEmpty()) {
				continue;
			}
			if (checked.size() == UploadLimits.MAX_FILES) {
				throw new RuleViolationException("attachments", "suggestion.attachment.too-many",
						UploadLimits.MAX_FILES);
			}
			String name = nameOf(upload);
			byte[] bytes = UploadedFiles.bytesOf(upload, "attachments", "suggestion.attachment.too-large");
			Documents.Kind kind = Documents.Kind.claimedBy(name)
				.orElseThrow(() -> new RuleViolationException("attachments", "suggestion.attachment.type", name));
			if (!Documents.is(kind, bytes)) {
				throw new RuleViolationException("attachments", "suggestion.attachment.not-what-it-says", name,
						kind.extension().toUpperCase(java.util.Locale.ROOT));
			}
			checked.add(new Upload(name, kind, bytes));
		}
		return checked;
	}

	/** Keeps checked uploads for the suggestion. */
	public void store(long suggestionId, List<Upload> uploads, CurrentUser by) {
		for (Upload upload : uploads) {
			String key = this.files.put(upload.bytes(), upload.kind().extension());
			this.jdbc
				.sql("""
						insert into suggestion_attachment (suggestion_id, file_key, file_name, content_type, size_bytes, uploaded_by)
						values (?, ?, ?, ?, ?, ?)""")
				.params(suggestionId, key, upload.name(), upload.kind().contentType(), upload.bytes().length,
						by.username())
				.update();
		}
	}

	/** The suggestion's attachments, oldest first; the caller found it in scope. */
	public List<Attachment> of(long suggestionId) {
		return this.jdbc
			.sql("select id, file_name, size_bytes from suggestion_attachment where suggestion_id = ? order by id")
			.param(suggestionId)
			.query(Attachment.class)
			.list();
	}

	/** One attachment, when the user's scope reaches its suggestion. */
	public Optional<Content> content(CurrentUser user, long suggestionId, long attachmentId) {
		if (!this.workflow.visible(user, suggestionId)) {
			return Optional.empty();
		}
		return this.jdbc.sql(
				"select file_key, file_name, content_type from suggestion_attachment where id = ? and suggestion_id = ?")
			.params(attachmentId, suggestionId)
			.query(Stored.class)
			.optional()
			.flatMap(stored -> this.files.get(stored.fileKey())
				.map(bytes -> new Content(stored.fileName(), stored.contentType(), bytes)));
	}

	private static String nameOf(MultipartFile upload) {
		String name = (upload.getOriginalFilename() != null) ? upload.getOriginalFilename().strip() : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > MAX_NAME) ? name.substring(name.length() - MAX_NAME) : name;
	}

}
