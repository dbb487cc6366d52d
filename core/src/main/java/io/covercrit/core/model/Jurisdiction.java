package io.covercrit.core.model;

import io.covercrit.core.InvalidInputException;
import java.util.Locale;

/**
 * Where a plan is regulated: a US state, the District of Columbia, a territory, or
 * {@link #FEDERAL} for plans under federal rules only (self-funded ERISA plans, Medicare).
 * Constants are the USPS two-letter codes.
 */
public enum Jurisdiction {
  AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"),
  CT("Connecticut"), DE("Delaware"), DC("District of Columbia"), FL("Florida"), GA("Georgia"),
  HI("Hawaii"), ID("Idaho"), IL("Illinois"), IN("Indiana"), IA("Iowa"), KS("Kansas"),
  KY("Kentucky"), LA("Louisiana"), ME("Maine"), MD("Maryland"), MA("Massachusetts"),
  MI("Michigan"), MN("Minnesota"), MS("Mississippi"), MO("Missouri"), MT("Montana"),
  NE("Nebraska"), NV("Nevada"), NH("New Hampshire"), NJ("New Jersey"), NM("New Mexico"),
  NY("New York"), NC("North Carolina"), ND("North Dakota"), OH("Ohio"), OK("Oklahoma"),
  OR("Oregon"), PA("Pennsylvania"), RI("Rhode Island"), SC("South Carolina"),
  SD("South Dakota"), TN("Tennessee"), TX("Texas"), UT("Utah"), VT("Vermont"), VA("Virginia"),
  WA("Washington"), WV("West Virginia"), WI("Wisconsin"), WY("Wyoming"), PR("Puerto Rico"),
  GU("Guam"), VI("U.S. Virgin Islands"), AS("American Samoa"), MP("Northern Mariana Islands"),
  /** Federal rules only. */
  FEDERAL("United States (federal)");

  private final String displayName;

  Jurisdiction(String displayName) {
    this.displayName = displayName;
  }

  /** Full name, e.g. "North Carolina". */
  public String displayName() {
    return displayName;
  }

  /** True for a state, DC or a territory; false for {@link #FEDERAL}. */
  public boolean isState() {
    return this != FEDERAL;
  }

  /** Looks up a two-letter code (any case) or {@code FEDERAL}. */
  public static Jurisdiction fromCode(String code) {
    if (code == null) {
      throw InvalidInputException.required("jurisdiction");
    }
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // valueOf's message echoes the input; ours names only the field.
      throw InvalidInputException.invalid("jurisdiction", "must be a USPS state or territory code, or FEDERAL");
    }
  }
}
