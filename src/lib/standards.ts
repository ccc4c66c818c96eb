/**
 * The standards a lesson guide may name, each with its wording as published. Only codes whose
 * wording we checked against a copy of the standard are here; a guide naming any other code
 * stops the build (src/lib/teach.ts).
 */
export interface Standard {
  framework: string;
  text: string;
}

const C3 = 'C3 Framework for Social Studies';
const CCSS = 'Common Core, Literacy in History/Social Studies';

export const standards: ReadonlyMap<string, Standard> = new Map([
  ['D1.1.9-12', { framework: C3, text: 'Explain how a question reflects an enduring issue in the field.' }],
  ['D1.2.9-12', { framework: C3, text: 'Explain points of agreement and disagreement experts have about interpretations and applications of disciplinary concepts and ideas associated with a compelling question.' }],
  ['CCSS.ELA-LITERACY.RH.9-10.1', { framework: CCSS, text: 'Cite specific textual evidence to support analysis of primary and secondary sources, attending to such features as the date and origin of the information.' }],
  ['CCSS.ELA-LITERACY.RH.9-10.7', { framework: CCSS, text: 'Integrate quantitative or technical analysis (e.g., charts, research data) with qualitative analysis in print or digital text.' }],
  ['CCSS.ELA-LITERACY.RH.9-10.8', { framework: CCSS, text: 'Assess the extent to which the reasoning and evidence in a text support the author’s claims.' }],
  ['CCSS.ELA-LITERACY.RH.11-12.1', { framework: CCSS, text: 'Cite specific textual evidence to support analysis of primary and secondary sources, connecting insights gained from specific details to an understanding of the text as a whole.' }],
  ['CCSS.ELA-LITERACY.RH.11-12.3', { framework: CCSS, text: 'Evaluate various explanations for actions or events and determine which explanation best accords with textual evidence, acknowledging where the text leaves matters uncertain.' }],
  ['CCSS.ELA-LITERACY.RH.11-12.6', { framework: CCSS, text: 'Evaluate authors’ differing points of view on the same historical event or issue by assessing the authors’ claims, reasoning, and evidence.' }],
  ['CCSS.ELA-LITERACY.RH.11-12.7', { framework: CCSS, text: 'Integrate and evaluate multiple sources of information presented in diverse formats and media (e.g., visually, quantitatively, as well as in words) in order to address a question or solve a problem.' }],
  ['CCSS.ELA-LITERACY.RH.11-12.8', { framework: CCSS, text: 'Evaluate an author’s premises, claims, and evidence by corroborating or challenging them with other information.' }],
]);
