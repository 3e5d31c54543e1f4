package dev.pmw.draft;

/// Template texts shared by the draft and export tests.
public final class TemplateSamples {
    /// A team template in the style of the seed "optimization.postmortem" output template, with two
    /// placeholders pmw does not know (`incident_commander`, line 3; `customer_comms`, line 22).
    public static final String USER_TEMPLATE = """
            # Postmortem — {{incident_summary}}

            Severity: {{severity}} · Duration: {{duration}} · Incident commander: {{incident_commander}}

            ## What happened
            {{summary}}

            ## Impact & Timeline
            - Impact Scope: {{impact_scope}}
            {{timeline}}

            ## Root Cause Analysis
            {{ root_cause }}

            ### Detection Gaps
            {{detection_gaps}}

            ## Corrective Actions
            {{action_items}}

            ## Customer communication
            {{customer_comms}}
            """;

    private TemplateSamples() {
    }
}
