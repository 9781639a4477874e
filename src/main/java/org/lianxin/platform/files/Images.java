package org.lianxin.platform.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Uploaded photos, made safe to keep and show: the bytes must really be a JPEG or PNG
 * (whatever the file name says), not too large, and are re-encoded as a fresh JPEG, which
 * drops every bit of metadata (GPS position, camera, comments) and anything hidden in the
 * original. The picture is turned the way the phone's EXIF orientation says, since that
 * note is dropped with the rest.
 * <p>
 * This is seconds of CPU and tens of megabytes for a large phone photo: callers do it
 * before they open a database transaction, never inside one.
 */
public final class Images {

	/** The largest upload taken. */
	public static final long MAX_BYTES = UploadLimits.MAX_FILE_BYTES;

	/**
	 * Decoding a larger picture could exhaust memory (a "decompression bomb"); a
	 * 50-megapixel phone camera (8160 × 6120) still fits.
	 */
	static final long MAX_PIXELS = 50_000_000L;

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

		/** What the message needs filled in: the size limit, where it speaks of one. */
		public Object[] arguments() {
			return this.messageKey.equals("image.too-large") ? new Object[] { UploadLimits.MAX_FILE_MEGABYTES }
					: new Object[0];
		}

	}

	/**
	 * A clean JPEG of the uploaded photo, upright, at most {@link #MAX_SIDE} pixels on
	 * its longer side.
	 */
	public static byte[] cleanPhoto(byte[] upload) throws RejectedImage {
		if (upload == null || upload.length == 0) {
			throw new RejectedImage("image.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new RejectedImage("image.too-large");
		}
		BufferedImage image = decode(upload);
		return encodeJpeg(upright(scaled(image), ExifOrientation.of(upload)));
	}

	/**
	 * The picture, read at a fraction of its pixels when it is much larger than what is
	 * kept: a 50-megapixel photo is read as about 1600 × 1200 (6 MB of heap, not 150).
	 */
	private static BufferedImage decode(byte[] upload) throws RejectedImage {
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new RejectedImage("image.not-an-image");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!format.equals("jpeg") && !format.equals("png")) {
					throw new RejectedImage("image.not-an-image");
				}
				reader.setInput(input, true, true);
				// from the header alone, before a single pixel is decoded
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new RejectedImage("image.too-many-pixels");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
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
		return draw(source, width, height, AffineTransform.getScaleInstance((double) width / source.getWidth(),
				(double) height / source.getHeight()));
	}

	/** The picture turned as EXIF orientation 1–8 says (mirrored ones included). */
	static BufferedImage upright(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		return switch (orientation) {
			case 2 -> draw(image, w, h, new AffineTransform(-1, 0, 0, 1, w, 0));
			case 3 -> draw(image, w, h, new AffineTransform(-1, 0, 0, -1, w, h));
			case 4 -> draw(image, w, h, new AffineTransform(1, 0, 0, -1, 0, h));
			case 5 -> draw(image, h, w, new AffineTransform(0, 1, 1, 0, 0, 0));
			case 6 -> draw(image, h, w, new AffineTransform(0, 1, -1, 0, h, 0));
			case 7 -> draw(image, h, w, new AffineTransform(0, -1, -1, 0, h, w));
			case 8 -> draw(image, h, w, new AffineTransform(0, -1, 1, 0, 0, w));
			default -> image;
		};
	}

	/**
	 * Draws onto a fresh RGB canvas: drops alpha (JPEG has none) and any odd colour
	 * model.
	 */
	private static BufferedImage draw(BufferedImage source, int width, int height, AffineTransform transform) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, transform, null);
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
			throw new UncheckedIOException(ex);
		}
	}

}
