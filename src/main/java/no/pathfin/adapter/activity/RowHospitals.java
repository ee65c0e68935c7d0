package no.pathfin.adapter.activity;

import static no.pathfin.adapter.activity.ActivityFormat.AGE_GROUP;
import static no.pathfin.adapter.activity.ActivityFormat.HOSPITAL;
import static no.pathfin.adapter.activity.ActivityFormat.SEX;

import java.nio.charset.StandardCharsets;
import no.pathfin.application.batch.ActivitySource;

/**
 * One reader thread's table of hospital ids: a hospital (or, when the reader counts by them, a hospital's patients
 * of one age group and sex) is looked up in the shared dictionaries the first time it is seen, then found by its
 * bytes without allocating.
 */
final class RowHospitals {

    private final ActivitySource.Dictionaries dictionaries;
    /** The rows carry age group and sex, and the reader counts by them. */
    private final boolean byAge;
    private final ByteKeys hospitals = new ByteKeys();
    /** The hospital, age group and sex of a row side by side, to find their id without allocating. */
    private byte[] key = new byte[64];

    RowHospitals(ActivitySource.Dictionaries dictionaries, boolean demographic) {
        this.dictionaries = dictionaries;
        this.byAge = demographic && dictionaries.byAgeAndSex();
    }

    /** The id of the row's hospital. */
    int id(byte[] b, RowFields fields) {
        int from = fields.start(HOSPITAL);
        int to = fields.end(HOSPITAL);
        if (byAge) {
            return byAge(b, from, to, fields);
        }
        int id = hospitals.get(b, from, to);
        if (id < 0) {
            id = dictionaries.hospital(new String(b, from, to - from, StandardCharsets.UTF_8));
            hospitals.put(b, from, to, id);
        }
        return id;
    }

    /** The id of a hospital's patients of one age group and sex (the dictionaries decide whether they differ). */
    private int byAge(byte[] b, int from, int to, RowFields fields) {
        int hospital = to - from;
        int age = fields.end(AGE_GROUP) - fields.start(AGE_GROUP);
        int sex = fields.end(SEX) - fields.start(SEX);
        int length = hospital + age + sex + 2;
        if (key.length < length) {
            key = new byte[length * 2];
        }
        System.arraycopy(b, from, key, 0, hospital);
        key[hospital] = ',';
        System.arraycopy(b, fields.start(AGE_GROUP), key, hospital + 1, age);
        key[hospital + 1 + age] = ',';
        System.arraycopy(b, fields.start(SEX), key, hospital + age + 2, sex);
        int id = hospitals.get(key, 0, length);
        if (id < 0) {
            id = dictionaries.hospital(new String(b, from, hospital, StandardCharsets.UTF_8),
                    new String(b, fields.start(AGE_GROUP), age, StandardCharsets.UTF_8),
                    new String(b, fields.start(SEX), sex, StandardCharsets.UTF_8));
            hospitals.put(key, 0, length, id);
        }
        return id;
    }
}
