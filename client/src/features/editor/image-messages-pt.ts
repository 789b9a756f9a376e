import type { Translation } from '../../lib/i18n/message.ts';
import type { imageMessagesEn } from './image-messages-en.ts';

/** Cadeias das imagens no editor (`lib/i18n/pt.ts`). */
export const imageMessagesPt: Translation<typeof imageMessagesEn> = {
  'image.insert': 'Inserir imagem',
  'image.alt': 'Descrição da imagem',
  'image.altPlaceholder': 'Descreva a imagem para os leitores que não a podem ver',
  'image.uploading': 'A carregar a imagem…',
  'image.error.unsupported_image': 'Este ficheiro não é uma imagem que o Cadre possa apresentar: utilize uma imagem PNG, JPEG, GIF ou WebP.',
  'image.error.image_too_large': 'Esta imagem tem demasiados píxeis para ser apresentada com segurança: reduza as suas dimensões e tente novamente.',
  'image.error.file_too_large': 'Esta imagem é demasiado pesada: reduza-a e tente novamente.',
  'image.error.too_many_images': 'Este documento já contém o número máximo de imagens.',
  'image.error.rate_limited': 'Demasiadas imagens de uma só vez: aguarde um momento e tente novamente.',
  'image.dismiss': 'Fechar',
  'image.error.generic': 'Não foi possível adicionar a imagem. Tente novamente.',
};
