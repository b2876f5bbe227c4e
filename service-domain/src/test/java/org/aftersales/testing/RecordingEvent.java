package org.aftersales.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * CDI's {@link Event} outside a container: records what a service fires, so a test can deliver it to a transactional
 * observer after the commit ({@link #deliver}) or drop it after a rollback ({@link #discard}), as
 * {@code @Observes(during = AFTER_SUCCESS)} would.
 */
public class RecordingEvent<T> implements Event<T> {

    private final List<T> fired = new ArrayList<>();

    @Override
    public void fire(T event) {
        fired.add(event);
    }

    /** Hands what was fired to the observer (the transaction committed) and forgets it. */
    public void deliver(Consumer<? super T> observer) {
        List<T> events = List.copyOf(fired);
        fired.clear();
        events.forEach(observer);
    }

    /** Forgets what was fired (the transaction rolled back). */
    public void discard() {
        fired.clear();
    }

    public List<T> fired() {
        return List.copyOf(fired);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
