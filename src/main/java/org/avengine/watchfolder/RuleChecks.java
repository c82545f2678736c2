package org.avengine.watchfolder;

import java.util.regex.Pattern;

import org.avengine.engine.AssetIntake;
import org.avengine.engine.InvalidRequestException;
import org.avengine.engine.NotFoundException;
import org.avengine.storage.ObjectRef;
import org.springframework.stereotype.Component;

/** Checks a rule before it is saved or used; every refusal names the field. */
@Component
class RuleChecks {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("(audio|video)/[A-Za-z0-9.+-]+");

    private final AssetIntake intake;

    RuleChecks(AssetIntake intake) {
        this.intake = intake;
    }

    /** The rule, structure and target checked (the space exists, the policy is one the customer may use). */
    WatchRule checkForSaving(RuleBody body) {
        WatchRule rule = check(body, false);
        if (rule.kind() == WatchRule.Kind.ASSET) {
            try {
                intake.checkTarget(body.customer(), body.space(), body.policy());
            } catch (NotFoundException e) {
                throw new InvalidRequestException("space: " + e.getMessage());
            }
        }
        return rule;
    }

    /** The rule with its structure checked. */
    WatchRule check(RuleBody body, boolean fromConfiguration) {
        if (body.name() == null || !NAME.matcher(body.name()).matches()) {
            throw invalid("name", "'" + body.name() + "' is not a rule name; use 1 to 100 letters, digits and . _ -");
        }
        ObjectRef prefix = prefix(body.prefix());
        String patternText = body.pattern() == null ? prefix.key() + "{file}" : body.pattern();
        KeyPattern pattern;
        try {
            pattern = KeyPattern.parse(patternText, prefix.key());
        } catch (IllegalArgumentException e) {
            throw invalid("pattern", e.getMessage());
        }
        checkAction(body);
        return new WatchRule(body.name(), prefix, pattern, body.customer(), body, fromConfiguration);
    }

    private static ObjectRef prefix(String text) {
        if (text == null || !text.endsWith("/")) {
            throw invalid("prefix", "'" + text + "' must be s3://bucket/folder/, ending with /");
        }
        try {
            return ObjectRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid("prefix", e.getMessage());
        }
    }

    private static void checkAction(RuleBody body) {
        int actions = (body.policy() != null ? 1 : 0) + (body.jobTemplate() != null ? 1 : 0)
                + (Boolean.TRUE.equals(body.jobFiles()) ? 1 : 0);
        if (actions != 1) {
            throw invalid("policy", "give exactly one action: policy (with customer and space), jobTemplate, or jobFiles: true");
        }
        if (body.policy() != null) {
            if (body.customer() == null) {
                throw invalid("customer", "an asset rule (policy) names its customer");
            }
            if (body.space() == null) {
                throw invalid("space", "an asset rule (policy) names the space its assets go to");
            }
        } else if (body.customer() != null) {
            throw invalid(body.jobTemplate() != null ? "jobTemplate" : "jobFiles",
                    "transcode-only rules are the administrator's: create them under /admin/watchRules without a customer");
        }
        if (body.mediaType() != null && !MEDIA_TYPE.matcher(body.mediaType()).matches()) {
            throw invalid("mediaType", "'" + body.mediaType() + "' is not an audio/* or video/* type");
        }
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(field + ": " + message);
    }
}
