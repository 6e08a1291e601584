package io.github.hetznerimages.actions;

/**
 * The package-private wire records of {@code actions}, for tests in other packages that decode answers with them
 * (the contract round trip). A compile-time reference, so renaming a record breaks the build, not a string lookup.
 */
public final class ActionWireTypes {

    /** {@code {"actions": [...], "meta": {...}}}: what the action lists and {@code waitForAll} decode. */
    public static final Class<?> ACTION_LIST_ENVELOPE = ActionListEnvelope.class;

    private ActionWireTypes() {}
}
