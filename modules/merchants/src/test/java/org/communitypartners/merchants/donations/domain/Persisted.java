package org.communitypartners.merchants.donations.domain;

import java.lang.reflect.Field;

/** Gives an entity built in a test the id the database would: entities have no setter for it. */
public final class Persisted {

    private Persisted() {
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
