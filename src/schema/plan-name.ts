// The name a plan goes by where plans stand side by side (home cards, unit page sections, the search filter,
// feed and calendar titles, reminders, CODEOWNERS comments): plan.yaml's `short`, else its title.
export const planName = (plan: { short?: string | undefined; title: string }): string => plan.short ?? plan.title;
