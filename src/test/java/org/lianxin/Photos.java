package org.lianxin;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * JPEGs as phones make them, built in memory: with an EXIF orientation, as large in bytes
 * as a 50-megapixel photo while cheap to decode, or with a header that lies about its
 * size.
 */
public final class Photos {

	private Photos() {
	}

	/** A picture whose top-left quarter is red and the rest blue, so a turn shows. */
	public static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height / 2);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpeg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The JPEG with an EXIF block saying how the phone was held (1–8). */
	public static byte[] withOrientation(byte[] jpeg, int orientation) {
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, // header, first directory at 8
				0, 1, // one entry
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation,
																			// SHORT
				0, 0, 0, 0 }; // no next directory
		byte[] exif = new byte[6 + tiff.length];
		System.arraycopy(new byte[] { 'E', 'x', 'i', 'f', 0, 0 }, 0, exif, 0, 6);
		System.arraycopy(tiff, 0, exif, 6, tiff.length);
		return insertAfterHeader(jpeg, segment(0xE1, exif));
	}

	/**
	 * The JPEG made {@code size} bytes long with comment segments: as big as a phone
	 * photo, yet decoded in milliseconds.
	 */
	public static byte[] paddedTo(byte[] jpeg, int size) {
		ByteArrayOutputStream padding = new ByteArrayOutputStream();
		int missing = size - jpeg.length;
		byte[] full = new byte[65533];
		Arrays.fill(full, (byte) 'x');
		while (missing > 0) {
			int data = Math.min(full.length, missing - 4);
			if (data < 1) {
				data = 1;
			}
			padding.writeBytes(segment(0xFE, Arrays.copyOf(full, data)));
			missing -= data + 4;
		}
		return insertAfterHeader(jpeg, padding.toByteArray());
	}

	/** The JPEG with its frame header claiming another size than its pixels have. */
	public static byte[] claimingSize(byte[] jpeg, int width, int height) {
		byte[] lying = jpeg.clone();
		for (int at = 2; at + 9 < lying.length;) {
			int marker = lying[at + 1] & 0xFF;
			int length = ((lying[at + 2] & 0xFF) << 8) | (lying[at + 3] & 0xFF);
			if (marker == 0xC0 || marker == 0xC2) {
				lying[at + 5] = (byte) (height >> 8);
				lying[at + 6] = (byte) height;
				lying[at + 7] = (byte) (width >> 8);
				lying[at + 8] = (byte) width;
				return lying;
			}
			at += 2 + length;
		}
		throw new IllegalArgumentException("no frame header");
	}

	private static byte[] segment(int marker, byte[] data) {
		byte[] segment = new byte[4 + data.length];
		segment[0] = (byte) 0xFF;
		segment[1] = (byte) marker;
		segment[2] = (byte) ((data.length + 2) >> 8);
		segment[3] = (byte) (data.length + 2);
		System.arraycopy(data, 0, segment, 4, data.length);
		return segment;
	}

	/** After the start of image and the JFIF header, where phones put their EXIF. */
	private static byte[] insertAfterHeader(byte[] jpeg, byte[] segments) {
		int at = 2;
		if ((jpeg[3] & 0xFF) == 0xE0) {
			at += 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		}
		byte[] result = new byte[jpeg.length + segments.length];
		System.arraycopy(jpeg, 0, result, 0, at);
		System.arraycopy(segments, 0, result, at, segments.length);
		System.arraycopy(jpeg, at, result, at + segments.length, jpeg.length - at);
		return result;
	}

}
