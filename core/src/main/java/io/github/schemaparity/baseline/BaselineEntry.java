package io.github.schemaparity.baseline;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One acknowledged difference: what it is, exactly as the diff reports it, and why it is accepted.
 *
 * <p>An entry matches a difference only when all six identifying fields are equal, the values
 * included: a drift that drifts further ({@code varchar(255)} becoming {@code text}) is a state nobody
 * looked at, so it is a new difference and fails again.
 *
 * @param objectType the object type
 * @param object     the object path
 * @param change     MISSING, UNEXPECTED or CHANGED
 * @param attribute  the attribute of a CHANGED difference (or a privilege's grant), else {@code null}
 * @param expected   the expected value or description, may be {@code null}
 * @param actual     the actual value or description, may be {@code null}
 * @param reason     why the difference is accepted (required)
 * @param owner      who answers for it, or {@code null}
 * @param expires    the last day the acknowledgement holds, or {@code null} for no end
 */
public record BaselineEntry(ObjectType objectType, String object, Change change, String attribute, String expected,
        String actual, String reason, String owner, LocalDate expires) {

    /** The file's order: by object path, then type, change, attribute and values (nulls first). */
    public static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing(BaselineEntry::object)
            .thenComparing(BaselineEntry::objectType)
            .thenComparing(BaselineEntry::change)
            .thenComparing(BaselineEntry::attribute, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BaselineEntry::expected, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BaselineEntry::actual, Comparator.nullsFirst(Comparator.naturalOrder()));

    public BaselineEntry {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(change, "change");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A baseline entry for " + object + " needs a reason");
        }
        reason = reason.strip();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** An entry acknowledging {@code difference}. */
    public static BaselineEntry of(Difference difference, String reason, String owner, LocalDate expires) {
        return new BaselineEntry(difference.objectType(), difference.object(), difference.change(),
                difference.attribute(), difference.expected(), difference.actual(), reason, owner, expires);
    }

    /** Whether this entry is about exactly this difference (values included). */
    public boolean matches(Difference difference) {
        return objectType == difference.objectType() && object.equals(difference.object())
                && change == difference.change() && Objects.equals(attribute, difference.attribute())
                && Objects.equals(expected, difference.expected()) && Objects.equals(actual, difference.actual());
    }

    /** The difference this entry acknowledges. */
    public Difference difference() {
        return new Difference(objectType, object, change, attribute, expected, actual);
    }

    /** Whether the acknowledgement has run out: {@code today} is after the expiry date. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** The same entry with another reason, owner and expiry. */
    public BaselineEntry withAcknowledgement(String reason, String owner, LocalDate expires) {
        return new BaselineEntry(objectType, object, change, attribute, expected, actual, reason, owner, expires);
    }

    /** {@code reason (owner x, expires 2026-12-31)}: the acknowledgement as reports show it. */
    public String describeAcknowledgement() {
        StringBuilder out = new StringBuilder(reason);
        if (owner != null || expires != null) {
            out.append(" (");
            if (owner != null) {
                out.append("owner ").append(owner);
            }
            if (expires != null) {
                out.append(owner != null ? ", " : "").append("expires ").append(expires);
            }
            out.append(')');
        }
        return out.toString();
    }
}
