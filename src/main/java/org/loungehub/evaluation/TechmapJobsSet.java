package org.loungehub.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.loungehub.evaluation.TechmapData.Job;

/**
 * {@code techmap-jobs}, en→en job-title matching: a fixed-seed sample of Tech Map job postings with distinct titles
 * is held out and their titles are the queries; the other postings are the corpus. Relevant: corpus postings of the
 * query's job category (the file it is listed in: software, hr, ...), grade 2 when their title names the same role
 * ({@link JobRoles}), else 1. A posting is only held out while its category keeps at least one posting in the
 * corpus.
 */
final class TechmapJobsSet implements DevelopmentSet {

    static final String NAME = "techmap-jobs";
    static final String ID_PREFIX = "jobs:";

    private final int queryCount;

    TechmapJobsSet(int queryCount) {
        this.queryCount = queryCount;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LabeledSet build(Path data) throws IOException {
        List<Job> jobs = TechmapData.jobs(data);
        Map<String, Integer> left = new HashMap<>();
        jobs.forEach(j -> left.merge(j.jobCategory(), 1, Integer::sum));
        Set<String> titles = new HashSet<>();
        Set<String> heldOutUrls = new HashSet<>();
        List<Job> heldOut = new ArrayList<>();
        for (Job job : Sampling.shuffled(jobs)) {
            if (heldOut.size() == queryCount) {
                break;
            }
            if (left.get(job.jobCategory()) > 1 && titles.add(job.title().toLowerCase(Locale.ROOT))) {
                left.merge(job.jobCategory(), -1, Integer::sum);
                heldOut.add(job);
                heldOutUrls.add(job.url());
            }
        }
        List<Job> corpus = jobs.stream().filter(j -> !heldOutUrls.contains(j.url())).toList();
        List<LabeledQuery> queries = new ArrayList<>();
        for (Job query : heldOut) {
            queries.add(new LabeledQuery(ID_PREFIX + query.url(), query.title(), grades(query, corpus)));
        }
        return new LabeledSet(NAME, "en→en", "Tech Map job postings of the query title's job category (same role: grade 2)",
                "talent", corpus.stream().map(TechmapJobsSet::listing).toList(), queries);
    }

    /** Same job category: 1; and the same role: 2. */
    static Map<String, Integer> grades(Job query, List<Job> corpus) {
        String role = JobRoles.role(query.title());
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (Job job : corpus) {
            if (job.jobCategory().equals(query.jobCategory())) {
                grades.put(ID_PREFIX + job.url(), !role.isEmpty() && role.equals(JobRoles.role(job.title())) ? 2 : 1);
            }
        }
        return grades;
    }

    /** As the shipped techmap-jobs partner maps a posting; the job category (the label) is not part of it. */
    static CorpusListing listing(Job j) {
        String description = j.title() + (j.level() == null ? "" : " (" + j.level() + ")")
                + (j.company() == null ? "" : " at " + j.company()) + (j.city() == null ? "" : ", " + j.city());
        return new CorpusListing(ID_PREFIX + j.url(), "talent", "demand", j.title(), description, j.company(),
                j.level() == null ? List.of() : List.of(j.level()),
                j.employerCategory() == null ? List.of() : List.of(j.employerCategory()), "IL", j.city(), "en");
    }
}
