package org.lianxin.platform.web;

import java.time.temporal.TemporalAccessor;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON bodies get the same check as parameters, as Jackson reads them: every string and
 * every date is checked with {@link StorableInput}. A refusal surfaces as an unreadable
 * body whose cause is an {@link UnstorableInputException}, answered with a 400 that names
 * the JSON property.
 */
@Configuration(proxyBeanMethods = false)
class StorableJson {

	@Bean
	JacksonModule storableJsonModule() {
		return new SimpleModule("lianxin-storable-input").setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				boolean checked = type == String.class || TemporalAccessor.class.isAssignableFrom(type);
				return checked ? new Checked(deserializer) : deserializer;
			}
		});
	}

	static final class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> deserializer) {
			super(deserializer);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> deserializer) {
			return new Checked(deserializer);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			StorableInput.check(value);
			return value;
		}

	}

}
