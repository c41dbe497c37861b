// An Attune questionnaire as a SurveyJS definition: the same questions and display conditions,
// and each domain's score and level written as SurveyJS calculated values, so that survey-core
// does the scoring work Attune does and the benchmark compares like with like.

function expression(c) {
  if ('all' in c) return c.all.map((e) => `(${expression(e)})`).join(' and ');
  if ('any' in c) return c.any.map((e) => `(${expression(e)})`).join(' or ');
  if ('not' in c) return `!(${expression(c.not)})`;
  if ('equals' in c) return `{${c.item}} = '${c.equals}'`;
  if ('includes' in c) return `{${c.item}} contains '${c.includes}'`;
  if ('answered' in c) return c.answered ? `{${c.item}} notempty` : `{${c.item}} empty`;
  throw new Error('domain conditions are not used in display conditions');
}

/** Points for an answer as `scoreAnswers` counts them: chosen options' scores. */
function pointsExpression(item, options) {
  const scored = options.filter((o) => o.score > 0);
  if (item.kind === 'multiple')
    return scored.map((o) => `iif({${item.id}} contains '${o.value}', ${o.score}, 0)`).join(' + ');
  return scored.reduceRight(
    (rest, o) => `iif({${item.id}} = '${o.value}', ${o.score}, ${rest})`,
    '0',
  );
}

/** Calculated values `<domain>-level` that give none, some, strong or unknown as Attune does. */
function scoringValues(q, optionsFor) {
  return q.domains.flatMap((domain) => {
    const feeding = q.items.filter((item) => item.feeds?.[domain.id] !== undefined);
    const points = feeding.map((item) => {
      const weight = item.feeds[domain.id];
      return `${weight} * (${pointsExpression(item, optionsFor(item))})`;
    });
    const possible = feeding.map((item) => {
      const options = optionsFor(item);
      const max =
        item.kind === 'multiple'
          ? options.reduce((sum, o) => sum + o.score, 0)
          : Math.max(0, ...options.map((o) => o.score));
      return `iif({${item.id}} notempty, ${item.feeds[domain.id] * max}, 0)`;
    });
    const share = `{${domain.id}-points} / {${domain.id}-possible}`;
    const { some, strong } = domain.thresholds;
    return [
      { name: `${domain.id}-points`, expression: points.join(' + ') },
      { name: `${domain.id}-possible`, expression: possible.join(' + ') },
      {
        name: `${domain.id}-level`,
        expression: `iif({${domain.id}-possible} > 0, iif(${share} >= ${strong}, 'strong', iif(${share} >= ${some}, 'some', 'none')), 'unknown')`,
        includeIntoResult: true,
      },
    ];
  });
}

/** The SurveyJS JSON for a questionnaire, one question per page or all on one page. */
export function surveyJsDefinition(q, optionsFor, { onePage }) {
  const elements = q.items.map((item) => ({
    name: item.id,
    title: item.text,
    type: item.kind === 'multiple' ? 'checkbox' : item.kind === 'text' ? 'comment' : 'radiogroup',
    choices:
      item.kind === 'text'
        ? undefined
        : optionsFor(item).map((o) => ({ value: o.value, text: o.label })),
    visibleIf: item.showIf ? expression(item.showIf) : undefined,
  }));
  return {
    calculatedValues: scoringValues(q, optionsFor),
    pages: onePage
      ? [{ name: 'all', elements }]
      : elements.map((element) => ({ name: `p-${element.name}`, elements: [element] })),
  };
}
