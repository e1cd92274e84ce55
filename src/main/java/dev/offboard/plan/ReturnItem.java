package dev.offboard.plan;

/**
 * Something that belongs to the client and goes back to them.
 *
 * <p>Credentials are named here ("the hosting account"), never given: {@code handover}
 * says how they travel (a password manager share, in person), not their values.
 */
public record ReturnItem(Kind kind, String name, String handover) {

    public ReturnItem {
        kind = kind == null ? Kind.FILES : kind;
        name = Text.clean(name);
        handover = Text.clean(handover);
    }

    public enum Kind { FILES, CODE_REPOSITORY, ACCOUNT, CREDENTIAL, DOMAIN, OTHER }

    public ReturnItem withKind(Kind value) {
        return new ReturnItem(value, name, handover);
    }

    public ReturnItem withName(String value) {
        return new ReturnItem(kind, value, handover);
    }

    public ReturnItem withHandover(String value) {
        return new ReturnItem(kind, name, value);
    }
}
