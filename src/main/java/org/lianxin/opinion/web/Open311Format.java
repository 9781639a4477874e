package org.lianxin.opinion.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GeoReport v2 answers in the two formats the spec names: JSON arrays of objects, or XML
 * with a root element holding one element per item ({@code <services><service>…}). Items
 * are ordered maps so that both formats keep the spec's field order.
 */
final class Open311Format {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private Open311Format() {
	}

	/** Whether the path's extension names a format we write. */
	static boolean known(String format) {
		return "json".equals(format) || "xml".equals(format);
	}

	static ResponseEntity<String> write(JsonMapper json, String format, HttpStatus status, String root, String item,
			List<? extends Map<String, ?>> items) {
		if ("xml".equals(format)) {
			return ResponseEntity.status(status)
				.contentType(new MediaType(MediaType.TEXT_XML, java.nio.charset.StandardCharsets.UTF_8))
				.body(xml(root, item, items));
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json.writeValueAsString(items));
	}

	/** An object that is not a list in JSON either (the discovery document). */
	static ResponseEntity<String> writeObject(JsonMapper json, String format, String root, Map<String, ?> object) {
		if ("xml".equals(format)) {
			return ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_XML, java.nio.charset.StandardCharsets.UTF_8))
				.body(xmlObject(root, object));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(object));
	}

	private static String xml(String root, String item, List<? extends Map<String, ?>> items) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter writer = XML.createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeStartElement(root);
			for (Map<String, ?> each : items) {
				element(writer, item, each);
			}
			writer.writeEndElement();
			writer.writeEndDocument();
			writer.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String xmlObject(String root, Map<String, ?> object) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter writer = XML.createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			element(writer, root, object);
			writer.writeEndDocument();
			writer.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void element(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
		writer.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				element(writer, String.valueOf(entry.getKey()), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			// a list inside an item: its elements are named by the singular of the list
			String child = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
			for (Object each : list) {
				element(writer, child, each);
			}
		}
		else if (value != null) {
			writer.writeCharacters(String.valueOf(value));
		}
		writer.writeEndElement();
	}

}
