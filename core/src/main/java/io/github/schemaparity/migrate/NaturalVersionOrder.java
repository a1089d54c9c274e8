package io.github.schemaparity.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders SQL file names by the numbers in their version part, compared as numbers: {@code V2__a.sql}
 * before {@code V10__b.sql}, {@code V1__a.sql} before {@code V1.1__b.sql}, {@code 002_x.sql} before
 * {@code 010_y.sql}. The version part is what precedes {@code __} when the name has one (so numbers in
 * the description do not count), otherwise the whole name. Names without numbers come first; equal
 * versions fall back to the plain name so the order is total.
 */
final class NaturalVersionOrder implements Comparator<String> {

    static final NaturalVersionOrder INSTANCE = new NaturalVersionOrder();

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private NaturalVersionOrder() {
    }

    @Override
    public int compare(String left, String right) {
        List<String> a = versionNumbers(left);
        List<String> b = versionNumbers(right);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byNumber = compareNumbers(a.get(i), b.get(i));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        int byLength = Integer.compare(a.size(), b.size());
        return byLength != 0 ? byLength : left.compareTo(right);
    }

    /** The digit runs of the version part, without leading zeros (arbitrarily long numbers stay exact). */
    static List<String> versionNumbers(String fileName) {
        int separator = fileName.indexOf("__");
        String version = separator >= 0 ? fileName.substring(0, separator) : fileName;
        List<String> numbers = new ArrayList<>();
        Matcher matcher = DIGITS.matcher(version);
        while (matcher.find()) {
            String digits = matcher.group().replaceFirst("^0+(?=.)", "");
            numbers.add(digits);
        }
        return numbers;
    }

    private static int compareNumbers(String a, String b) {
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
