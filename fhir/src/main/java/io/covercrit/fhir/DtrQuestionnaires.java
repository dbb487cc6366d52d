package io.covercrit.fhir;

import io.covercrit.fhir.questions.Question;
import io.covercrit.fhir.questions.QuestionSet;
import io.covercrit.fhir.questions.QuestionType;
import java.math.BigDecimal;
import java.util.Locale;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Renders a {@link QuestionSet} as a FHIR SDC {@code Questionnaire} for Da Vinci DTR: one item per
 * missing fact, typed, its {@code linkId} the request field's path, its {@code code} the policy
 * clauses it decides (system {@link FhirSystems#COVERCRIT_CLAUSE}, display the policy's text), and
 * an {@code initial} value where the record already has the answer. A {@code QuestionnaireResponse}
 * to it, put in the bundle, is read back by {@link FhirRequestMapper}.
 */
public final class DtrQuestionnaires {
  private static final String SDC_PROFILE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire";
  private static final String DTR_PROFILE = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-std-questionnaire";

  private DtrQuestionnaires() {}

  /** The canonical URL of a policy's questionnaire, e.g. {@code …/coverage-facts-cigna-IP0369}. */
  public static String canonical(String policyId) {
    return FhirSystems.COVERCRIT_QUESTIONNAIRE + "-" + policyId.replace('/', '-');
  }

  /** The questionnaire of a question set; empty of items when nothing is missing. */
  public static Questionnaire questionnaire(QuestionSet set) {
    Questionnaire q = new Questionnaire();
    q.setId(canonical(set.policyId()).substring(canonical(set.policyId()).lastIndexOf('/') + 1));
    q.getMeta().addProfile(SDC_PROFILE).addProfile(DTR_PROFILE);
    q.setUrl(canonical(set.policyId()));
    q.setVersion(set.policyVersion());
    q.setName("CoverageFacts" + set.policyId().replaceAll("[^A-Za-z0-9]", ""));
    q.setTitle("Documentation for " + set.policyTitle());
    q.setStatus(Enumerations.PublicationStatus.ACTIVE);
    q.addSubjectType("Patient");
    for (Question question : set.questions()) {
      q.addItem(item(question));
    }
    return q;
  }

  private static QuestionnaireItemComponent item(Question question) {
    QuestionnaireItemComponent item = new QuestionnaireItemComponent();
    item.setLinkId(question.linkId());
    item.setText(question.text());
    item.setType(type(question.type()));
    item.setRepeats(question.repeats());
    for (int i = 0; i < question.clauseIds().size(); i++) {
      item.addCode(new Coding(FhirSystems.COVERCRIT_CLAUSE, question.clauseIds().get(i), question.clauseTexts().get(i)));
    }
    for (String option : question.options()) {
      item.addAnswerOption().setValue(new Coding(FhirSystems.COVERCRIT_REQUEST_CODES, option,
          option.replace('_', ' ').toLowerCase(Locale.ROOT)));
    }
    for (String value : question.initial()) {
      Type initial = initial(question.type(), value);
      if (initial != null) {
        item.addInitial().setValue(initial);
      }
    }
    for (Question child : question.items()) {
      item.addItem(item(child));
    }
    return item;
  }

  private static QuestionnaireItemType type(QuestionType type) {
    return switch (type) {
      case GROUP -> QuestionnaireItemType.GROUP;
      case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
      case DECIMAL -> QuestionnaireItemType.DECIMAL;
      case INTEGER -> QuestionnaireItemType.INTEGER;
      case DATE -> QuestionnaireItemType.DATE;
      case STRING -> QuestionnaireItemType.STRING;
      case CHOICE -> QuestionnaireItemType.CHOICE;
      case ATTACHMENT -> QuestionnaireItemType.ATTACHMENT;
    };
  }

  private static Type initial(QuestionType type, String value) {
    return switch (type) {
      case BOOLEAN -> new BooleanType(Boolean.parseBoolean(value));
      case DECIMAL -> new DecimalType(new BigDecimal(value));
      case INTEGER -> new IntegerType(Integer.parseInt(value));
      case DATE -> new DateType(value);
      case STRING -> new StringType(value);
      case CHOICE -> new Coding(FhirSystems.COVERCRIT_REQUEST_CODES, value, null);
      default -> null;
    };
  }
}
