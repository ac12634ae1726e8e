package org.zhiben.platform.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The body of an exported list read page by page while the file is written: page 0, 1, … of {@code size} items each,
 * until a page comes back shorter than {@code size}; each item turned into a row. Only one page is held at a time.
 */
public final class PagedRows<T> implements Iterator<List<ExportCell>> {

    private final IntFunction<List<T>> pages;
    private final int size;
    private final Function<T, List<ExportCell>> row;
    private Iterator<T> current = List.<T>of().iterator();
    private int next;
    private boolean last;

    /** @param pages the items of page n (from 0), at most {@code size} of them */
    public PagedRows(IntFunction<List<T>> pages, int size, Function<T, List<ExportCell>> row) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
        this.pages = pages;
        this.size = size;
        this.row = row;
    }

    /** The rows as an {@link Iterable} to give an {@link ExportTable}: each iteration reads the pages again. */
    public static <T> Iterable<List<ExportCell>> of(IntFunction<List<T>> pages, int size,
            Function<T, List<ExportCell>> row) {
        return () -> new PagedRows<>(pages, size, row);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !last) {
            List<T> page = pages.apply(next++);
            last = page.size() < size;
            current = page.iterator();
        }
        return current.hasNext();
    }

    @Override
    public List<ExportCell> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return row.apply(current.next());
    }
}
