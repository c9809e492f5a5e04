package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobRolesTest {

    @Test
    void dropsSeniorityTeamsAndPlacesAndUnifiesSpellings() {
        assertThat(JobRoles.role("Senior Full-Stack Developer - Payments (Hybrid)")).isEqualTo("full stack engineer");
        assertThat(JobRoles.role("Full Stack Engineer")).isEqualTo("full stack engineer");
        assertThat(JobRoles.role("Sr. Back-End Engineer")).isEqualTo("backend engineer");
        assertThat(JobRoles.role("System Administrator - Linux, Windows #1350")).isEqualTo("system administrator");
        assertThat(JobRoles.role("Forklift Operator- Marlog")).isEqualTo("forklift operator");
        assertThat(JobRoles.role("IT Manager (Hands-on)")).isEqualTo("it manager");
    }

    @Test
    void keepsWhatMakesTheRole() {
        assertThat(JobRoles.role("C# Developer")).isEqualTo("c# engineer");
        assertThat(JobRoles.role("FP&A Analyst")).isEqualTo("fp&a analyst");
        assertThat(JobRoles.role("DevOps Team Lead")).isEqualTo("devops team lead");
        assertThat(JobRoles.role("Senior")).isEmpty();
    }
}
