package org.zhiben.platform.export;

import java.util.List;

/**
 * A document to print and sign, as the official notices and approval forms are laid out: a title, its number (文号)
 * under it, the addressee, then blocks in order — paragraphs, a form of labelled fields, the signing units each with
 * their date and a space for the seal.
 */
public record PrintedDocument(String title, String number, String addressee, List<Block> blocks) {

    public PrintedDocument {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a document needs a title");
        }
        blocks = List.copyOf(blocks);
    }

    /** One part of the document. */
    public sealed interface Block {
    }

    /** A paragraph of running text. */
    public record Text(String text) implements Block {
    }

    /** A form: each field a label and its value, in two columns with borders. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** A labelled value of a form; an absent value prints as an empty box to fill in by hand. */
    public record Field(String label, String value) {
        public Field {
            value = value == null ? "" : value;
        }
    }

    /**
     * The signing units at the foot, side by side: each with what it signs as (e.g. 督办单位), its name and the date
     * (empty to be written by hand), over the space for its seal.
     */
    public record Signatures(List<Signature> signatures) implements Block {
        public Signatures {
            signatures = List.copyOf(signatures);
        }
    }

    public record Signature(String role, String unit, String date) {
        public Signature {
            unit = unit == null ? "" : unit;
            date = date == null ? "" : date;
        }
    }
}
