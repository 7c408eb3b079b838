/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: saving a picture of the room and a video of the replay.
 */
export const pictureMessages = {
  savePicture: 'Save picture…',
  pictureTitle: 'Save a picture of the room',
  pictureIntro: 'A PNG file of what the room shows now, made on this device. Nothing is sent anywhere.',
  size: 'Size in pixels',
  sizeOption: '{{width}} × {{height}}',
  caption: 'Caption',
  captionPseudonym: 'The client’s pseudonym',
  captionDate: 'Date',
  captionAlways: 'The caption always shows the phase and the session time.',
  covertNote: 'Covert mode is on: the picture hides what the screen hides, and shows no pseudonym.',
  save: 'Save',
  makingPicture: 'Making the picture…',
  noRoom: 'The room is not drawn here, so there is nothing to take a picture of.',
  pictureFailed: 'The picture could not be made: {{reason}}',
  sessionTime: 'Session time {{time}}',
  saveVideo: 'Save video…',
  videoTitle: 'Save a video of the replay',
  videoIntro: 'Plays the recording into a video file on this device, faster than real time where the computer allows. Nothing is sent anywhere.',
  range: 'What to show',
  rangeWhole: 'The whole session',
  rangePhases: 'Chosen phases',
  view: 'View',
  viewRoom: 'The room in 3D, as it is seen now',
  viewTop: 'From above',
  speed: 'Speed',
  videoLength: 'The video will last about {{length}}.',
  makingVideo: 'Making the video: {{percent}} %',
  videoProgress: 'Progress of the video',
  noPhaseChosen: 'Choose at least one phase.',
  videoFailed: 'The video could not be made: {{reason}}',
  noVideoEncoder: 'This browser cannot make video files.',
} as const;
