package fr.portailfamilles.document.entity;

/** Why a family sent a document. */
public enum DocumentKind {
    QUOTIENT_PROOF,
    MEDICAL_CERTIFICATE,
    /** Sent along with a message to the centre (Contact). */
    MESSAGE_ATTACHMENT
}
