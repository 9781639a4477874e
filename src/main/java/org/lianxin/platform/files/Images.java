package org.lianxin.platform.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Uploaded photos, made safe to keep and show: the bytes must really be a JPEG or PNG
 * (whatever the file name says), not too large, and are re-encoded as a fresh JPEG, which
 * drops every bit of metadata (GPS position, camera, comments) and anything hidden in the
 * original.
 */
public final class Images {

	/** The largest upload taken. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** Decoding a larger picture could exhaust memory (a "decompression bomb"). */
	static final long MAX_PIXELS = 40_000_000L;

	/** Photos are stored no larger than this on their longer side. */
	static final int MAX_SIDE = 1600;

	private Images() {
	}

	/** Why an upload was refused, as a message key. */
	public static final class RejectedImage extends Exception {

		private final String messageKey;

		RejectedImage(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	/**
	 * A clean JPEG of the uploaded photo, at most {@link #MAX_SIDE} pixels on its longer
	 * side.
	 */
	public static byte[] cleanPhoto(byte[] upload) throws RejectedImage {
		if (upload == null || upload.length == 0) {
			throw new RejectedImage("image.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new RejectedImage("image.too-large");
		}
		BufferedImage image = decode(upload);
		return encodeJpeg(scaled(image));
	}

	private static BufferedImage decode(byte[] upload) throws RejectedImage {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw new RejectedImage("image.not-an-image");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				if (!format.equals("jpeg") && !format.equals("png")) {
					throw new RejectedImage("image.not-an-image");
				}
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new RejectedImage("image.too-many-pixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new RejectedImage("image.unreadable");
		}
	}

	private static BufferedImage scaled(BufferedImage source) {
		double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		// always draw onto a fresh RGB canvas: drops alpha (JPEG has none) and any odd
		// colour model
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] encodeJpeg(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpeg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
