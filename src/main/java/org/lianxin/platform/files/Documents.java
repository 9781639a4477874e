package org.lianxin.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded document is, told by its bytes and not by its name: a file renamed
 * {@code .pdf} is not a PDF. A PDF must also be whole (end with {@code %%EOF}), as a
 * broken upload does not.
 */
public final class Documents {

	private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_START = { 'P', 'K', 3, 4 };

	private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_START = { (byte) 0x89, 'P', 'N', 'G' };

	private Documents() {
	}

	/** The kinds of document an attachment may be, with the names they go by. */
	public enum Kind {

		PDF("application/pdf", "pdf"),
		WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
		EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
		JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

		private final String contentType;

		private final String[] extensions;

		Kind(String contentType, String... extensions) {
			this.contentType = contentType;
			this.extensions = extensions;
		}

		public String contentType() {
			return this.contentType;
		}

		public String extension() {
			return this.extensions[0];
		}

		/** The kind a file name claims, by its extension. */
		public static Optional<Kind> claimedBy(String fileName) {
			String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
			String extension = name.substring(name.lastIndexOf('.') + 1);
			return Arrays.stream(values()).filter(k -> Arrays.asList(k.extensions).contains(extension)).findFirst();
		}

	}

	/**
	 * Whether the bytes are what the kind says: a whole PDF, an Office file (a zip), a
	 * JPEG or PNG picture.
	 */
	public static boolean is(Kind kind, byte[] bytes) {
		return switch (kind) {
			case PDF -> isWholePdf(bytes);
			case WORD, EXCEL -> startsWith(bytes, ZIP_START);
			case JPEG -> startsWith(bytes, JPEG_START);
			case PNG -> startsWith(bytes, PNG_START);
		};
	}

	/** Whether the bytes begin as a PDF does. */
	public static boolean startsAsPdf(byte[] bytes) {
		return startsWith(bytes, PDF_START);
	}

	/**
	 * A whole PDF: begins with {@code %PDF-} and ends with {@code %%EOF} (allowing for
	 * trailing line breaks).
	 */
	public static boolean isWholePdf(byte[] bytes) {
		byte[] tail = Arrays.copyOfRange(bytes, Math.max(0, bytes.length - 1024), bytes.length);
		return startsAsPdf(bytes) && indexOf(tail, PDF_END) >= 0;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}

}
