/**
 * The fixed wording of the UPU forms CN22 and CN23 and of the address label, in English and French
 * as the Universal Postal Convention prints them. They are the form's own text, the same whichever
 * language staff read the shop in, so they live here rather than in the locale files (decision 53).
 */
export const FORM_TEXT = {
  title: ['CUSTOMS DECLARATION', 'DÉCLARATION EN DOUANE'],
  opened: ['May be opened officially', "Peut être ouvert d'office"],
  operator: ['Designated operator', 'Opérateur désigné'],
  from: ['From', 'De'],
  to: ['To', 'À'],
  category: ['Category of item', "Catégorie de l'envoi"],
  gift: ['Gift', 'Cadeau'],
  documents: ['Documents', 'Documents'],
  sample: ['Commercial sample', 'Échantillon commercial'],
  returned: ['Returned goods', 'Retour de marchandise'],
  sale: ['Sale of goods', 'Vente de marchandises'],
  other: ['Other', 'Autre'],
  description: ['Quantity and detailed description of contents', 'Quantité et description détaillée du contenu'],
  quantity: ['Quantity', 'Quantité'],
  netWeight: ['Net weight (kg)', 'Poids net (kg)'],
  value: ['Value', 'Valeur'],
  hs: ['HS tariff number', 'N° tarifaire du SH'],
  origin: ['Country of origin of goods', 'Pays d’origine des marchandises'],
  totalNet: ['Total net weight (kg)', 'Poids net total (kg)'],
  totalGross: ['Total gross weight (kg)', 'Poids brut total (kg)'],
  totalValue: ['Total value', 'Valeur totale'],
  postage: ['Postal charges/Fees', 'Frais de port/Frais'],
  invoice: ['Invoice', 'Facture'],
  senderRef: ["Sender's customs reference", "Référence en douane de l'expéditeur"],
  importerRef: ["Importer's reference (if any)", "Référence de l'importateur (si elle existe)"],
  licence: ['Licence', 'Licence'],
  certificate: ['Certificate', 'Certificat'],
  comments: ['Comments', 'Observations'],
  nonDelivery: ['In case of non-delivery', 'En cas de non-livraison'],
  returnToSender: ['Return to sender', "Renvoyer à l'expéditeur"],
  abandoned: ['Treat as abandoned', 'Traiter comme abandonné'],
  certify: [
    'I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.',
    "Je, soussigné(e), dont le nom et l'adresse figurent sur l'envoi, certifie que les renseignements donnés dans la présente déclaration sont exacts et que cet envoi ne contient aucun objet dangereux ou interdit par la législation ou par la réglementation postale ou douanière.",
  ],
  signature: ["Date and sender's signature", "Date et signature de l'expéditeur"],
  order: ['Order', 'Commande'],
  tracking: ['Tracking number', 'Numéro de suivi'],
  phone: ['Phone', 'Téléphone'],
  estimated: [
    'Net weight not recorded: weight with packaging given',
    "Poids net non enregistré : poids avec l'emballage indiqué",
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type FormTextKey = keyof typeof FORM_TEXT;
